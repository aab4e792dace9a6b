using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/events: what happened, newest first, for reconciling missed webhooks.</summary>
internal static class EventEndpoints
{
    private static readonly Dictionary<string, string> CreatedOperators = new(StringComparer.Ordinal)
    {
        ["gt"] = ">", ["gte"] = ">=", ["lt"] = "<", ["lte"] = "<=",
    };

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/events").WithTags("Events");
        group.MapGet("", List).WithName("ListEvents").WithSummary("Lists events; filter by type, types[] and created.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveEvent").WithSummary("Retrieves an event.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("event", id, "event")));

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
    {
        var form = call.Form;
        var filters = new List<FieldFilter>();
        if (form.GetNonEmpty("type") is { } type)
        {
            filters.Add(type.EndsWith(".*", StringComparison.Ordinal)
                ? new FieldFilter("$.type", "LIKE", type[..^1] + "%")
                : new FieldFilter("$.type", "=", type));
        }
        var types = form["types"]?.Items.Select(i => i.Value).OfType<string>().ToList() ?? [];
        if (types.Count > 0 && filters.Count > 0)
        {
            throw StripeApiException.Invalid("You may only specify one of these parameters: type, types.", "types");
        }
        if (types.Count > 0)
        {
            filters.Add(new FieldFilter("$.type", "IN", types.ToArray()));
        }
        filters.AddRange(CreatedFilters(form));
        var page = call.Store.List(call.Account, Params.Page(form, "event", [.. filters]));
        return Render.List(call, "/v1/events", page);
    });

    private static IEnumerable<FieldFilter> CreatedFilters(FormTree form)
    {
        if (form["created"] is not { } created)
        {
            yield break;
        }
        if (created.Value is not null)
        {
            yield return new FieldFilter("$.created", "=", Params.Integer(form, "created") ?? 0);
            yield break;
        }
        foreach (var (key, op) in CreatedOperators)
        {
            if (Params.Integer(created, key, $"created[{key}]") is { } bound)
            {
                yield return new FieldFilter("$.created", op, bound);
            }
        }
    }
}
