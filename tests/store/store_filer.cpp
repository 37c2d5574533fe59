// Test helper (not a test): files the same declaration into a store again and again, printing each new
// id once its transaction has committed. tst_store_crash kills it with SIGKILL at an arbitrary moment and
// runs two at once; bench_scale runs twenty, each for a given time. Usage:
//   store_filer STORE IDENTITY.p12 DECLARATION.json COUNT [SECONDS]
// (SECONDS: stop after that long, at most COUNT filings). The passphrase comes from PROBITAS_PASSPHRASE.
// Two more writers, which tst_store_crash kills before each of their writes (tests/fault/FaultShim.cpp):
//   store_filer --draft STORE IDENTITY.p12 ROUND   saves her draft, draftContent(ROUND), as the desktop does
//   store_filer --open STORE                       opens the store, migrating an older one, as every client
#include "BuiltInData.h"
#include "DraftContent.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace probitas;

namespace {

int saveDraft(const QStringList& arguments)
{
    auto identity =
        crypto::Identity::load(arguments.at(3), crypto::SecureBytes(qgetenv("PROBITAS_PASSPHRASE")));
    auto store = store::Store::open(arguments.at(2));
    if (!identity || !store) {
        std::fprintf(stderr, "store_filer: cannot start\n");
        return 5;
    }
    const int round = arguments.at(4).toInt();
    if (Status saved = (*store)->drafts().save(*identity, store::testing::draftContent(round)); !saved) {
        std::fprintf(stderr, "store_filer: %s\n", qPrintable(saved.error().message));
        return 5;
    }
    std::printf("%d\n", round);
    return 0;
}

int openStore(const QString& location)
{
    auto store = store::Store::open(location);
    if (!store) {
        std::fprintf(stderr, "store_filer: %s\n", qPrintable(store.error().message));
        return 5;
    }
    std::printf("%d\n", (*store)->schemaReport().toVersion);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("--draft")) {
        return saveDraft(arguments);
    }
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--open")) {
        return openStore(arguments.at(2));
    }
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
