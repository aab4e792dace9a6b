using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/checkout/sessions: hosted payment and setup pages.</summary>
internal static class CheckoutSessionEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/checkout/sessions").WithTags("Checkout");
        group.MapPost("", Create).WithName("CreateCheckoutSession").WithSummary("Creates a session and its hosted page.");
        group.MapGet("", List).WithName("ListCheckoutSessions").WithSummary("Lists sessions; filter by payment_intent or customer.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveCheckoutSession").WithSummary("Retrieves a session.");
        group.MapGet("/{id}/line_items", LineItems).WithName("ListCheckoutSessionLineItems").WithSummary("Lists a session's line items.");
        group.MapPost("/{id}/expire", Expire).WithName("ExpireCheckoutSession").WithSummary("Expires an open session.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) =>
        api.WriteAsync(http, call => Render.Object(call, CheckoutSessions.Create(call)));

    // A read may expire a session whose time ran out, so it runs as a write without an idempotency key.
    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var session = Session(call, id);
        CheckoutSessions.RefreshOpen(call, session);
        return Render.Object(call, session);
    });

    private static Task<ContentHttpResult> LineItems(HttpContext http, SandboxApi api, string id) => api.ReadAsync(http, call =>
    {
        var session = Session(call, id);
        var items = session["_line_items"] as JsonArray ?? [];
        return Render.LineItems(session, items);
    });

    private static Task<ContentHttpResult> Expire(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var session = Session(call, id);
        if (!CheckoutSessions.RefreshOpen(call, session))
        {
            throw StripeApiException.Invalid(
                $"Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of \"{session["status"]}\".",
                code: "checkout_session_unexpected_state");
        }
        CheckoutSessions.Expire(call, session);
        return Render.Object(call, session);
    });

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
        Render.List(call, "/v1/checkout/sessions",
            call.Store.List(call.Account, Params.Page(call.Form, "checkout.session", Params.Equal(call.Form, "payment_intent", "customer")))));

    private static JsonObject Session(ApiCall call, string id) => call.Get("checkout.session", id, "checkout session");
}
