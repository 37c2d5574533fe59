#include "DeclarationTypes.h"

#include <QCoreApplication>

namespace probitas {

QString kindId(DeclarationKind kind)
{
    return kind == DeclarationKind::Interets ? QStringLiteral("interets") : QStringLiteral("patrimoine");
}

std::optional<DeclarationKind> kindFromId(const QString& id)
{
    if (id == QLatin1String("interets")) {
        return DeclarationKind::Interets;
    }
    if (id == QLatin1String("patrimoine")) {
        return DeclarationKind::Patrimoine;
    }
    return std::nullopt;
}

QString eventId(DeclarationEvent event)
{
    switch (event) {
    case DeclarationEvent::Installation:
        return QStringLiteral("installation");
    case DeclarationEvent::Cessation:
        return QStringLiteral("cessation");
    case DeclarationEvent::Modification:
        return QStringLiteral("modification");
    case DeclarationEvent::ModificationApresEntretien:
        return QStringLiteral("modification-apres-entretien");
    }
    return {};
}

std::optional<DeclarationEvent> eventFromId(const QString& id)
{
    for (const DeclarationEvent event :
         {DeclarationEvent::Installation, DeclarationEvent::Cessation, DeclarationEvent::Modification,
          DeclarationEvent::ModificationApresEntretien}) {
        if (eventId(event) == id) {
            return event;
        }
    }
    return std::nullopt;
}

QString kindLabel(DeclarationKind kind)
{
    return kind == DeclarationKind::Interets
               ? QCoreApplication::translate("declaration", "declaration of interests")
               : QCoreApplication::translate("declaration", "declaration of assets and liabilities");
}

QString eventLabel(DeclarationEvent event)
{
    switch (event) {
    case DeclarationEvent::Installation:
        return QCoreApplication::translate("declaration", "installation");
    case DeclarationEvent::Cessation:
        return QCoreApplication::translate("declaration", "end of functions");
    case DeclarationEvent::Modification:
        return QCoreApplication::translate("declaration", "substantial change");
    case DeclarationEvent::ModificationApresEntretien:
        return QCoreApplication::translate("declaration", "modification after the ethics interview");
    }
    return {};
}

} // namespace probitas
