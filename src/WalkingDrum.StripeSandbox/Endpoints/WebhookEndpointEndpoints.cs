using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/webhook_endpoints: where signed events are delivered.</summary>
internal static class WebhookEndpointEndpoints
{
    public const string SecretField = "_secret";

    public static IEndpointRouteBuilder MapWebhookEndpointEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/webhook_endpoints").WithTags("WebhookEndpoints");
        group.MapPost("", Create).WithName("CreateWebhookEndpoint").WithSummary("Creates an endpoint; the answer is the only one with its secret.");
        group.MapGet("", List).WithName("ListWebhookEndpoints").WithSummary("Lists webhook endpoints.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveWebhookEndpoint").WithSummary("Retrieves a webhook endpoint.");
        group.MapPost("/{id}", Update).WithName("UpdateWebhookEndpoint").WithSummary("Updates url, enabled_events, disabled or metadata.");
        group.MapDelete("/{id}", Delete).WithName("DeleteWebhookEndpoint").WithSummary("Deletes a webhook endpoint.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) => api.WriteAsync(http, call =>
    {
        var endpoint = call.NewObject("webhook_endpoint", "we");
        endpoint["api_version"] = call.Form.GetNonEmpty("api_version") ?? call.Sandbox.Options.ApiVersion;
        endpoint["application"] = null;
        endpoint["description"] = call.Form.GetNonEmpty("description");
        endpoint["enabled_events"] = EnabledEvents(call.Form) ?? throw StripeApiException.Missing("enabled_events");
        endpoint["metadata"] = Params.Metadata(call.Form);
        endpoint["status"] = "enabled";
        endpoint["url"] = Url(call.Form) ?? throw StripeApiException.Missing("url");
        endpoint[SecretField] = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        call.Save(endpoint);
        var shown = Render.Object(call, endpoint);
        shown["secret"] = (string)endpoint[SecretField]!;
        return shown;
    });

    private static Task<ContentHttpResult> Update(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var endpoint = call.Get("webhook_endpoint", id, "webhook endpoint");
        if (Url(call.Form) is { } url) endpoint["url"] = url;
        if (EnabledEvents(call.Form) is { } events) endpoint["enabled_events"] = events;
        if (call.Form.Has("description")) endpoint["description"] = call.Form.GetNonEmpty("description");
        if (call.Form.Has("disabled")) endpoint["status"] = Params.Boolean(call.Form, "disabled") ? "disabled" : "enabled";
        endpoint["metadata"] = Params.Metadata(call.Form, endpoint["metadata"] as JsonObject);
        call.Save(endpoint);
        return Render.Object(call, endpoint);
    });

    private static Task<ContentHttpResult> Delete(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        call.Get("webhook_endpoint", id, "webhook endpoint");
        call.Store.Delete(call.Account, id);
        return new JsonObject { ["id"] = id, ["object"] = "webhook_endpoint", ["deleted"] = true };
    });

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("webhook_endpoint", id, "webhook endpoint")));

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
        Render.List(call, "/v1/webhook_endpoints", call.Store.List(call.Account, Params.Page(call.Form, "webhook_endpoint"))));

    private static JsonArray? EnabledEvents(FormTree form)
    {
        var events = form["enabled_events"]?.Items.Select(i => i.Value).OfType<string>().ToList();
        return events is null || events.Count == 0 ? null : new JsonArray([.. events.Select(e => (JsonNode?)e)]);
    }

    private static string? Url(FormTree form)
    {
        var url = form.GetNonEmpty("url");
        if (url is null)
        {
            return null;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw StripeApiException.Invalid("Invalid URL: URL must be publicly accessible and use http or https.", "url");
    }
}
