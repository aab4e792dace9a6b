using System.Text.Json.Nodes;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>The 3-D Secure step of intents confirmed on session with a card that needs authentication.</summary>
internal static class Authentication
{
    public static JsonObject NextAction(ApiCall call, string intentId, string? returnUrl) => new()
    {
        ["type"] = "redirect_to_url",
        ["redirect_to_url"] = new JsonObject
        {
            ["return_url"] = returnUrl,
            ["url"] = call.Sandbox.PageUrl($"authenticate/{intentId}").ToString(),
        },
    };

    /// <summary>Ends a pending authentication; true when the intent succeeded.</summary>
    public static bool Finish(ApiCall call, JsonObject intent, bool completed)
    {
        var pm = call.Get("payment_method", (string)intent["payment_method"]!, "PaymentMethod");
        var isPayment = (string?)intent["object"] == "payment_intent";
        if (completed)
        {
            if (isPayment) Payments.Succeed(call, intent, pm);
            else SetupIntents.Succeed(call, intent, pm);
            return true;
        }
        if (isPayment) Payments.Fail(call, intent, pm, Models.TestCards.AuthenticationFailed, recordCharge: false);
        else SetupIntents.Fail(call, intent, pm, Models.TestCards.AuthenticationFailed);
        return false;
    }
}
