#include "Envelope.h"

#include "CryptoInit.h"
#include "internal/Cms.h"

namespace probitas::crypto::Envelope {

using namespace detail;

namespace {

QList<Certificate> anchorsFor(const Identity& identity, const QList<Certificate>& trustAnchors)
{
    return trustAnchors.isEmpty() ? identity.trustAnchors() : trustAnchors;
}

} // namespace

Result<QByteArray> seal(QByteArrayView content, const Identity& signer, const QList<Certificate>& recipients,
                        const QList<Certificate>& trustAnchors)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    const QList<Certificate> anchors = anchorsFor(signer, trustAnchors);
    auto checked = checkRecipients(recipients, anchors);
    if (!checked) {
        return checked.error();
    }
    auto signedData = signAttached(content, signer, anchors);
    if (!signedData) {
        return signedData.error();
    }
    return encryptFor(signedData->view(), *checked);
}

Result<OpenedEnvelope> open(QByteArrayView envelope, const Identity& recipient,
                            const QList<Certificate>& trustAnchors, const std::optional<QDateTime>& validAt)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    auto signedData = decryptFor(envelope, recipient);
    if (!signedData) {
        return signedData.error();
    }
    auto verified = verifyAttached(signedData->view(), anchorsFor(recipient, trustAnchors), validAt);
    if (!verified) {
        return verified.error();
    }
    return OpenedEnvelope{std::move(verified.value().content), verified->signer, verified->signingTime};
}

Result<QByteArray> forward(QByteArrayView envelope, const Identity& recipient,
                           const QList<Certificate>& recipients, const QList<Certificate>& trustAnchors,
                           const std::optional<QDateTime>& validAt)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    const QList<Certificate> anchors = anchorsFor(recipient, trustAnchors);
    auto signedData = decryptFor(envelope, recipient);
    if (!signedData) {
        return signedData.error();
    }
    // Forward only what we would accept ourselves.
    if (auto verified = verifyAttached(signedData->view(), anchors, validAt); !verified) {
        return verified.error();
    }
    auto checked = checkRecipients(recipients, anchors);
    if (!checked) {
        return checked.error();
    }
    return encryptFor(signedData->view(), *checked);
}

} // namespace probitas::crypto::Envelope
