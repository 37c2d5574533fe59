#pragma once

// The product's own French translation (app/i18n/probitas_fr.ts, compiled by the build), so that GUI tests
// and their screenshots show exactly what a magistrate sees.
#include <QTranslator>

class ProductFrench : public QTranslator
{
public:
    ProductFrench()
    {
        if (!load(QStringLiteral(PROBITAS_FR_QM))) {
            qFatal("cannot load the French translation %s", PROBITAS_FR_QM);
        }
    }
};
