#pragma once

#include "Declaration.h"
#include "Obligations.h"
#include "Profile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>
#include <optional>

namespace probitas::store {

namespace errors {
// The declaration states a situation other than the magistrate's official posting (exit 1): the posting
// changes by an administrator's statement, which the magistrate may request (Postings::request).
inline constexpr QLatin1StringView PostingMismatch("store.posting-mismatch");
// The directory states no official posting for this magistrate yet (exit 1).
inline constexpr QLatin1StringView NoPosting("store.no-posting");
} // namespace errors

// What filing a declaration commits to, decided before anything is sealed and from the directory alone: the
// form is valid, the situation it declares is the official posting an administrator stated, that posting
// owes this declaration, and so these authorities receive it. Nothing the declarant typed chooses a
// recipient, a deadline or a retention date: a differing situation is refused, naming the difference.
class FilingPlan
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    // `posting`: the declarant's official posting, as the verified directory states it (nullopt: none);
    // `regime`: the store's, as its administrators' statements state it (DirectoryView::regime).
    static Result<FilingPlan> make(const Declaration& declaration, const QString& declarantName,
                                   const std::optional<Profile>& posting, const QString& regime);

    // The posting, with the two dates only the magistrate knows (last_dsp_on, changed_on) from the
    // declaration: what the obligations were computed on.
    const Profile& situation() const { return m_situation; }
    // The obligation the declaration answers: its recipients (authority ids), basis and due date.
    const Obligation& obligation() const { return m_obligation; }

private:
    Profile m_situation;
    Obligation m_obligation;
};

} // namespace probitas::store
