using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>A refund's status over time: cards that refund slowly start it pending, and a test control settles it.</summary>
internal static class Refunds
{
    /// <summary>The status a new refund of <paramref name="charge"/> starts in.</summary>
    public static string InitialStatus(ApiCall call, JsonObject charge) =>
        (string?)charge["payment_method"] is { } pmId && call.Find(pmId) is { } pm && Cards.Behavior(pm) == CardBehavior.RefundsPending
            ? "pending"
            : "succeeded";

    /// <summary>
    /// Moves a pending refund to <c>succeeded</c> or <c>failed</c> the way Stripe does later on its own:
    /// a failed refund gives its amount back to the charge, and the change is announced with
    /// <c>refund.updated</c> and <c>charge.refund.updated</c> (plus <c>refund.failed</c>).
    /// </summary>
    public static JsonObject Settle(ApiCall call, string id)
    {
        var refund = call.Get("refund", id, "refund");
        if ((string?)refund["status"] != "pending")
        {
            throw StripeApiException.Invalid($"Refund {id} is {(string?)refund["status"]}, not pending.");
        }
        var status = call.Form.GetNonEmpty("status") ?? "succeeded";
        if (status is not ("succeeded" or "failed"))
        {
            throw StripeApiException.Invalid("status must be succeeded or failed.", "status");
        }
        refund["status"] = status;
        if (status == "failed")
        {
            refund["failure_reason"] = "unknown";
            var charge = call.Get("charge", (string)refund["charge"]!, "charge");
            charge["amount_refunded"] = (long)charge["amount_refunded"]! - (long)refund["amount"]!;
            charge["refunded"] = false;
            call.Save(charge);
        }
        call.Save(refund);
        call.Emit("refund.updated", refund);
        call.Emit("charge.refund.updated", refund);
        if (status == "failed")
        {
            call.Emit("refund.failed", refund);
        }
        return Render.Object(call, refund);
    }
}
