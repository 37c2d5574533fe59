#pragma once

#include <QString>
#include <optional>

namespace probitas {

// DI (art. 7-2) or DSP (art. 7-3). The names are the ids used in documents and on the command line.
enum class DeclarationKind { Interets, Patrimoine };

enum class DeclarationEvent {
    Installation,               // within two months of installation
    Cessation,                  // DSP within two months of the end of functions
    Modification,               // the complementary declaration after a substantial change
    ModificationApresEntretien, // the DI modified after the entretien déontologique
};

QString kindId(DeclarationKind kind);
std::optional<DeclarationKind> kindFromId(const QString& id);
QString eventId(DeclarationEvent event);
std::optional<DeclarationEvent> eventFromId(const QString& id);

// For people: "déclaration d'intérêts", "installation", ...
QString kindLabel(DeclarationKind kind);
QString eventLabel(DeclarationEvent event);

} // namespace probitas
