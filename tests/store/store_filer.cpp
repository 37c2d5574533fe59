// Test helper (not a test): files the same declaration into a store again and again, printing each new
// id once its transaction has committed. tst_store_crash kills it with SIGKILL at an arbitrary moment and
// runs two at once; bench_scale runs twenty, each for a given time. Usage:
//   store_filer STORE IDENTITY.p12 DECLARATION.json COUNT [SECONDS]
// (SECONDS: stop after that long, at most COUNT filings). The passphrase comes from PROBITAS_PASSPHRASE.
#include "BuiltInData.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace probitas;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if ((arguments.size() != 5 && arguments.size() != 6) || !loadBuiltInData().ok()) {
        std::fprintf(stderr, "usage: store_filer STORE IDENTITY.p12 DECLARATION.json COUNT [SECONDS]\n");
        return 2;
    }
    QFile file(arguments.at(3));
    if (!file.open(QIODevice::ReadOnly)) {
        return 2;
    }
    auto declaration = DeclarationCodec::decode(file.readAll());
    auto identity =
        crypto::Identity::load(arguments.at(2), crypto::SecureBytes(qgetenv("PROBITAS_PASSPHRASE")));
    auto store = store::Store::open(arguments.at(1));
    if (!declaration || !identity || !store) {
        std::fprintf(stderr, "store_filer: cannot start\n");
        return 5;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const int count = arguments.at(4).toInt();
    const qint64 milliseconds = arguments.size() == 6 ? arguments.at(5).toLongLong() * 1000 : -1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count && (milliseconds < 0 || timer.elapsed() < milliseconds); ++i) {
        auto id = (*store)->declarations().file(*declaration, *identity);
        if (!id) {
            std::fprintf(stderr, "store_filer: %s\n", qPrintable(id.error().message));
            return 5;
        }
        std::printf("%s\n", qPrintable(*id));
        std::fflush(stdout);
    }
    return 0;
}
