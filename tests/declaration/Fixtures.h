#pragma once

// Sample declarations shared by the declaration tests (tests/declaration/data).
#include "Declaration.h"

#include <QFile>

inline QByteArray readFixture(const QString& name)
{
    QFile file(QStringLiteral(PROBITAS_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

inline probitas::Declaration loadFixture(const QString& name)
{
    auto decoded = probitas::DeclarationCodec::decode(readFixture(name));
    if (!decoded) {
        qFatal("%s", qPrintable(decoded.error().message));
    }
    return std::move(decoded).value();
}
