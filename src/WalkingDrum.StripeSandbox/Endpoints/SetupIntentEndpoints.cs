using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/setup_intents: saving cards without a payment.</summary>
internal static class SetupIntentEndpoints
{
    public static IEndpointRouteBuilder MapSetupIntentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/setup_intents").WithTags("SetupIntents");
        group.MapPost("", Create).WithName("CreateSetupIntent").WithSummary("Creates a SetupIntent, confirming it when confirm=true.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveSetupIntent").WithSummary("Retrieves a SetupIntent.");
        group.MapPost("/{id}/confirm", Confirm).WithName("ConfirmSetupIntent").WithSummary("Sets up the card.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) => api.WriteAsync(http, call =>
    {
        var customer = call.Form.GetNonEmpty("customer");
        if (customer is not null)
        {
            call.Get("customer", customer, "customer", "customer");
        }
        var si = SetupIntents.NewIntent(call, customer);
        si["description"] = call.Form.GetNonEmpty("description");
        si["metadata"] = Params.Metadata(call.Form);
        si["usage"] = call.Form.GetNonEmpty("usage") ?? "off_session";
        if (call.Form.GetNonEmpty("payment_method") is { } pmId)
        {
            si["payment_method"] = (string)Cards.Resolve(call, pmId)["id"]!;
            si["status"] = "requires_confirmation";
        }
        call.Save(si);
        call.Emit("setup_intent.created", si);
        return Params.Boolean(call.Form, "confirm") ? ConfirmWith(call, si) : ApiResponse.Ok(Render.Object(call, si));
    });

    private static Task<ContentHttpResult> Confirm(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var si = call.Get("setup_intent", id, "setup_intent");
        if ((string?)si["status"] is not ("requires_payment_method" or "requires_confirmation"))
        {
            throw StripeApiException.Invalid(
                $"You cannot confirm this SetupIntent because it has a status of {si["status"]}.", code: "setup_intent_unexpected_state");
        }
        if (call.Form.GetNonEmpty("payment_method") is { } pmId)
        {
            si["payment_method"] = (string)Cards.Resolve(call, pmId)["id"]!;
        }
        return ConfirmWith(call, si);
    });

    private static ApiResponse ConfirmWith(ApiCall call, System.Text.Json.Nodes.JsonObject si)
    {
        var pmId = (string?)si["payment_method"] ?? throw StripeApiException.Invalid(
            "You cannot confirm this SetupIntent because it's missing a payment method.", code: "setup_intent_unexpected_state");
        var pm = call.Get("payment_method", pmId, "PaymentMethod", "payment_method");
        var (result, decline) = SetupIntents.Attempt(call, si, pm, call.Form.GetNonEmpty("return_url"));
        return result == AttemptResult.Failed ? SetupIntents.CardError(si, decline!) : ApiResponse.Ok(Render.Object(call, si));
    }

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("setup_intent", id, "setup_intent")));
}
