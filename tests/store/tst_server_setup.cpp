// The parts of ServerSetup that need no server: the role names, the login names, and the script as it is
// split and filled in. (tst_store_server runs the rules against a real server.)
#include "ServerSetup.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::store;

class TestServerSetup : public QObject
{
    Q_OBJECT

private slots:
    void rolesFollowTheDatabase();
    void rolesRefused_data();
    void rolesRefused();
    void defaultLogin_data();
    void defaultLogin();
    void loginNames_data();
    void loginNames();
    void statementsSplitOutsideQuotes();
    void policiesHaveEveryPlaceholderFilled();
};

void TestServerSetup::rolesFollowTheDatabase()
{
    auto roles = ServerRoles::forDatabase(QStringLiteral("probitas_versailles"));
    QVERIFY(roles);
    QCOMPARE(roles->owner, QStringLiteral("probitas_versailles_owner"));
    QCOMPARE(roles->client, QStringLiteral("probitas_versailles_client"));
    QCOMPARE(roles->groupFor(QStringLiteral("declarant")), QStringLiteral("probitas_versailles_declarant"));
    QCOMPARE(roles->groupFor(QStringLiteral("authority")), QStringLiteral("probitas_versailles_authority"));
    QCOMPARE(roles->groupFor(QStringLiteral("auditor")), QStringLiteral("probitas_versailles_auditor"));
    QCOMPARE(roles->groupFor(QStringLiteral("admin")), QStringLiteral("probitas_versailles_administrator"));
}

void TestServerSetup::rolesRefused_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("uppercase") << QStringLiteral("Probitas");
    QTest::newRow("a quote") << QStringLiteral("probitas\"; DROP ROLE x; --");
    QTest::newRow("a hyphen") << QStringLiteral("cour-appel");
    QTest::newRow("a digit first") << QStringLiteral("2026");
    QTest::newRow("empty") << QString();
    QTest::newRow("too long for role names") << QString(42, QLatin1Char('a'));
}

// Role names are spliced into the rules (store/server/policies.sql): a database name that would need quoting
// is refused before anything is made.
void TestServerSetup::rolesRefused()
{
    QFETCH(QString, database);
    auto roles = ServerRoles::forDatabase(database);
    QVERIFY(!roles);
    QCOMPARE(roles.error().kind, ErrorKind::Invalid);
    QVERIFY(roles.error().message.contains(QLatin1String("lowercase letters")));
}

void TestServerSetup::defaultLogin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("login");
    QTest::newRow("accents") << QStringLiteral("Hélène Juge") << QStringLiteral("helene.juge");
    QTest::newRow("compound name") << QStringLiteral("Claire Martin-Durand")
                                   << QStringLiteral("claire.martin-durand");
    QTest::newRow("cedilla and ligature")
        << QStringLiteral("François Œuvray") << QStringLiteral("francois.oeuvray");
    QTest::newRow("apostrophe") << QStringLiteral("Anne d'Arc") << QStringLiteral("anne.darc");
    QTest::newRow("a digit first") << QStringLiteral("2e Président") << QStringLiteral("p2e.president");
}

void TestServerSetup::defaultLogin()
{
    QFETCH(QString, name);
    QFETCH(QString, login);
    QCOMPARE(server::defaultLogin(name), login);
    QVERIFY(server::isLoginName(server::defaultLogin(name)));
}

void TestServerSetup::loginNames_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("claire.martin") << true;
    QTest::newRow("hyphen and underscore") << QStringLiteral("c_martin-2") << true;
    QTest::newRow("uppercase") << QStringLiteral("Claire") << false;
    QTest::newRow("a quote") << QStringLiteral("a\"b") << false;
    QTest::newRow("a space") << QStringLiteral("claire martin") << false;
    QTest::newRow("a digit first") << QStringLiteral("1claire") << false;
    QTest::newRow("64 characters") << QStringLiteral("a") + QString(63, QLatin1Char('b')) << false;
}

void TestServerSetup::loginNames()
{
    QFETCH(QString, login);
    QFETCH(bool, accepted);
    QCOMPARE(server::isLoginName(login), accepted);
}

void TestServerSetup::statementsSplitOutsideQuotes()
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
                                          "CREATE FUNCTION f() RETURNS VOID LANGUAGE plpgsql AS $$\n"
                                          "BEGIN\n  RAISE NOTICE 'x;y'; -- inside\nEND $$;\n"
                                          "SELECT 'it''s; fine';\n");
    const QStringList statements = ServerSetup::statements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE t")));
    QVERIFY(statements.at(0).contains(QLatin1String("'a;b'")));
    QVERIFY(statements.at(1).contains(QLatin1String("RAISE NOTICE 'x;y'")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END $$")));
    QCOMPARE(statements.at(2), QStringLiteral("SELECT 'it''s; fine'"));
}

void TestServerSetup::policiesHaveEveryPlaceholderFilled()
{
    auto roles = ServerRoles::forDatabase(QStringLiteral("probitas"));
    QVERIFY(roles);
    const QString script = ServerSetup::policies(*roles);
    QVERIFY(script.size() > 1000);
    QVERIFY(!script.contains(QLatin1Char('@')));
    QVERIFY(script.contains(QLatin1String("GRANT USAGE ON SCHEMA probitas TO probitas_client")));
    QVERIFY(ServerSetup::statements(script).size() > 50);
}

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_server_setup.moc"
