using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>
/// {base}/authenticate/{intentId}: where <c>next_action.redirect_to_url.url</c> of an on-session
/// confirmation points. Completing succeeds the intent and returns the shopper to <c>return_url</c>.
/// </summary>
internal static class AuthenticationPageEndpoints
{
    public static IEndpointRouteBuilder MapAuthenticationPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/authenticate/{id}").WithTags("Hosted pages").ExcludeFromDescription();
        group.MapGet("", Show).WithName("AuthenticationPage");
        group.MapPost("", Submit).WithName("SubmitAuthenticationPage");
        return endpoints;
    }

    private static async Task<ContentHttpResult> Show(HttpContext http, HostedPages pages, string id) =>
        (await pages.RunAsync(http, id, TypeOf(id), (_, intent) => (string?)intent["status"] == "requires_action"
            ? PageOutcome.Page(Html.AuthenticationStep($"/authenticate/{id}", Amount(intent)))
            : Done(intent))).ToResult(http);

    private static async Task<ContentHttpResult> Submit(HttpContext http, HostedPages pages, string id)
    {
        var completed = (await HostedPages.ReadFormAsync(http.Request))["outcome"] == "complete";
        return (await pages.RunAsync(http, id, TypeOf(id), (call, intent) =>
        {
            if ((string?)intent["status"] == "requires_action")
            {
                Authentication.Finish(call, intent, completed);
            }
            return Done(intent);
        })).ToResult(http);
    }

    private static PageOutcome Done(JsonObject intent)
    {
        if ((string?)intent["_return_url"] is { } returnUrl)
        {
            var separator = returnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var key = (string?)intent["object"] == "payment_intent" ? "payment_intent" : "setup_intent";
            return PageOutcome.SeeOther($"{returnUrl}{separator}{key}={intent["id"]}");
        }
        return (string?)intent["status"] == "succeeded"
            ? PageOutcome.Page(Html.Message("Authentication complete", "You can close this page."))
            : PageOutcome.Page(Html.Message("Authentication failed", "The payment was not authenticated. You can close this page."));
    }

    private static string TypeOf(string id) => id.StartsWith("seti_", StringComparison.Ordinal) ? "setup_intent" : "payment_intent";

    private static string Amount(JsonObject intent) => (string?)intent["object"] == "payment_intent"
        ? Params.Money((long)intent["amount"]!, (string)intent["currency"]!)
        : "0.00 (card setup)";
}
