using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>SetupIntents: saving a card for later off-session payments.</summary>
internal static class SetupIntents
{
    public static JsonObject NewIntent(ApiCall call, string? customer)
    {
        var si = call.NewObject("setup_intent", "seti");
        si["client_secret"] = $"{si["id"]}_secret_{Ids.New("s", 16)[2..]}";
        si["customer"] = customer;
        si["description"] = null;
        si["last_setup_error"] = null;
        si["metadata"] = new JsonObject();
        si["next_action"] = null;
        si["payment_method"] = null;
        si["payment_method_types"] = new JsonArray("card");
        si["status"] = "requires_payment_method";
        si["usage"] = "off_session";
        return si;
    }

    public static (AttemptResult Result, CardDecline? Decline) Attempt(ApiCall call, JsonObject si, JsonObject pm, string? returnUrl)
    {
        si["payment_method"] = (string)pm["id"]!;
        si["last_setup_error"] = null;
        var behavior = Cards.Behavior(pm);
        if (TestCards.ImmediateDecline(behavior) is { } decline)
        {
            Fail(call, si, pm, decline);
            return (AttemptResult.Failed, decline);
        }
        if (behavior == CardBehavior.RequiresAuthentication)
        {
            si["status"] = "requires_action";
            si["_return_url"] = returnUrl;
            si["next_action"] = Authentication.NextAction(call, (string)si["id"]!, returnUrl);
            call.Save(si);
            call.Emit("setup_intent.requires_action", si);
            return (AttemptResult.RequiresAction, null);
        }
        Succeed(call, si, pm);
        return (AttemptResult.Succeeded, null);
    }

    public static void Succeed(ApiCall call, JsonObject si, JsonObject pm)
    {
        si["status"] = "succeeded";
        si["next_action"] = null;
        si["last_setup_error"] = null;
        if ((string?)si["customer"] is { } customer)
        {
            Cards.Attach(call, pm, customer);
        }
        call.Save(si);
        call.Emit("setup_intent.succeeded", si);
    }

    public static void Fail(ApiCall call, JsonObject si, JsonObject pm, CardDecline decline)
    {
        si["status"] = "requires_payment_method";
        si["next_action"] = null;
        var error = StripeErrors.Error("card_error", decline.Message, decline.Code, decline.DeclineCode);
        error["payment_method"] = Render.Public(pm);
        si["last_setup_error"] = error;
        call.Save(si);
        call.Emit("setup_intent.setup_failed", si);
    }

    public static ApiResponse CardError(JsonObject si, CardDecline decline)
    {
        var body = StripeErrors.Body("card_error", decline.Message, decline.Code, decline.DeclineCode);
        ((JsonObject)body["error"]!)["setup_intent"] = Render.Public(si);
        return new ApiResponse(402, body);
    }
}
