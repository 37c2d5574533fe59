#pragma once

// The product's own French translation (app/i18n/probitas_fr.ts, compiled by the build), so that GUI tests
// and their screenshots show exactly what a magistrate sees: with Qt's own French for what Qt writes (the
// standard buttons of a dialog), as app/gui/main.cpp installs it.
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

class ProductFrench : public QTranslator
{
public:
    ProductFrench()
    {
        if (!load(QStringLiteral(PROBITAS_FR_QM))) {
            qFatal("cannot load the French translation %s", PROBITAS_FR_QM);
        }
        // Debian's qt6-translations-l10n, which packaging/dev.sh installs.
        if (!m_qt.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("qtbase"),
                       QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qFatal("cannot load Qt's French translation (qtbase_fr.qm, package qt6-translations-l10n)");
        }
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const QString ours = QTranslator::translate(context, sourceText, disambiguation, n);
        return ours.isNull() ? m_qt.translate(context, sourceText, disambiguation, n) : ours;
    }
    bool isEmpty() const override { return QTranslator::isEmpty() && m_qt.isEmpty(); }

private:
    QTranslator m_qt;
};
