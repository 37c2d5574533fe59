#pragma once

// The French of the strings issue 14 §4 adds, until app/i18n/probitas_fr.ts carries them (it is refreshed
// and translated in one place, not by each branch): ProductFrench falls back on it, so that the tests and
// their screenshots read as a magistrate will read them. Once the .ts has a string, the .qm wins.
#include <QHash>
#include <QString>
#include <QStringList>

inline QString pendingFrench(const char* context, const char* source, int n)
{
    // context, source -> French; a plural has its singular and its plural form.
    static const QHash<QString, QStringList> table = [] {
        const QChar nbsp(0x00A0);
        const auto fr = [nbsp](const char* text) {
            return QString::fromUtf8(text).replace(QStringLiteral("~"), QString(nbsp));
        };
        QHash<QString, QStringList> french;
        const auto add = [&french, &fr](const char* where, const char* english, const char* one,
                                        const char* many = nullptr) {
            QStringList forms{fr(one)};
            if (many) {
                forms << fr(many);
            }
            french.insert(QString::fromUtf8(where) + QChar(0x1F) + QString::fromUtf8(english), forms);
        };
        const char* panel = "probitas::ObligationsPanel";
        add(panel, "Member de droit (a former Président de la République)",
            "Membre de droit (ancien Président de la République)");
        add(panel,
            "The former Présidents de la République sit de droit and owe no declaration (ord. 58-1067 art. "
            "3-1 "
            "I and 3-2 I).",
            "Les anciens Présidents de la République siègent de droit et ne doivent aucune déclaration "
            "(ord. 58-1067 art. 3-1 I et 3-2 I).");
        add(panel, "inspection générale de la justice", "inspection générale de la justice");
        add(panel, "Filing", "Dépôt");
        add(panel, "member", "membre");
        add(panel, "président of the Conseil constitutionnel", "président du Conseil constitutionnel");
        add(panel, "magistrate of the inspection générale", "magistrat de l'inspection générale");
        add(panel, "inspecteur général, chef of the inspection générale",
            "inspecteur général, chef de l'inspection générale");
        add(panel, "No declaration is owed (%1).", "Aucune déclaration n'est due (%1).");
        add(panel, "not filed, overdue by %n day(s)", "non déposée, en retard de %n jour",
            "non déposée, en retard de %n jours");
        add(panel, "to file by %1", "à déposer au plus tard le %1");
        add(panel, "filed on %1, %n day(s) late", "déposée le %1, %n jour de retard",
            "déposée le %1, %n jours de retard");
        add(panel, "filed on %1, on time", "déposée le %1, dans le délai");
        add(panel, "a receipt held does not verify", "un accusé de réception détenu n'est pas valide");
        add(panel, "receipt held", "accusé de réception reçu");
        add(panel, "receipt held from %1 only", "accusé de réception reçu seulement de~: %1");
        add(panel, " and ", " et ");
        add(panel, "no receipt yet", "sans accusé de réception");
        add(panel, "%1; %2", "%1~; %2");
        add(panel, "<b>Text applied</b>: %1, %2.", "<b>Texte appliqué</b>~: %1, %2.");
        const char* workspace = "probitas::gui::DeclarantWorkspace";
        add(workspace, "complementary %1 (after a substantial change)",
            "%1 complémentaire (après un changement substantiel)");
        add(workspace, "Your filings cannot all be shown: %1",
            "Vos dépôts ne peuvent pas tous être affichés~: %1");
        add("store", "the text this store applies, Probitas's default",
            "le texte que ce registre applique, celui de Probitas par défaut");
        add("store",
            "the directory states no official posting for %1: an administrator records it (probitas-cli "
            "posting set), or %1 asks for it (probitas-cli posting request)",
            "l'annuaire n'indique aucune affectation officielle pour %1~: un administrateur l'enregistre "
            "(probitas-cli posting set), ou %1 la demande (probitas-cli posting request)");
        add("store",
            "declaration %1 is not what its declarant filed: its kind, event, recipients or filing time "
            "differ "
            "from the signed entry of the audit trail",
            "la déclaration %1 n'est pas celle que son déclarant a déposée~: sa nature, son événement, ses "
            "destinataires ou son heure de dépôt diffèrent de l'entrée signée de la piste d'audit");
        return french;
    }();
    const auto found = table.constFind(QString::fromUtf8(context) + QChar(0x1F) + QString::fromUtf8(source));
    if (found == table.constEnd()) {
        return {};
    }
    // French: the singular for 0 and 1.
    QString text = found->size() > 1 && n > 1 ? found->at(1) : found->at(0);
    return text.replace(QStringLiteral("%n"), QString::number(n));
}
