using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>Turns stored documents into what the API shows: no private fields, requested fields expanded.</summary>
internal static class Render
{
    /// <summary>A copy without the sandbox's own bookkeeping (top-level fields starting with '_').</summary>
    public static JsonObject Public(JsonObject stored)
    {
        var copy = (JsonObject)stored.DeepClone();
        foreach (var key in copy.Select(p => p.Key).Where(k => k.StartsWith('_')).ToList())
        {
            copy.Remove(key);
        }
        return copy;
    }

    /// <summary>The object as the API returns it, with the request's <c>expand[]</c> applied.</summary>
    public static JsonObject Object(ApiCall call, JsonObject stored) => Expand(call, stored, ExpandPaths(call.Form));

    public static JsonObject List(ApiCall call, string url, (List<JsonObject> Items, bool HasMore) page)
    {
        var paths = ExpandPaths(call.Form)
            .Where(p => p.StartsWith("data.", StringComparison.Ordinal)).Select(p => p["data.".Length..]).ToList();
        var data = new JsonArray([.. page.Items.Select(i => (JsonNode)Expand(call, i, paths))]);
        return new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = page.HasMore, ["url"] = url };
    }

    public static IReadOnlyList<string> ExpandPaths(FormTree form) =>
        form["expand"]?.Items.Select(i => i.Value).OfType<string>().ToList() ?? [];

    private static JsonObject Expand(ApiCall call, JsonObject stored, IReadOnlyList<string> paths)
    {
        var result = Public(stored);
        if (result["object"] is JsonValue type && (string?)type == "event")
        {
            result["pending_webhooks"] = call.Store.PendingDeliveries((string)result["id"]!);
        }
        foreach (var path in paths)
        {
            ExpandPath(call, stored, result, path.Split('.'));
        }
        return result;
    }

    private static void ExpandPath(ApiCall call, JsonObject stored, JsonObject target, string[] segments)
    {
        var name = segments[0];
        if (name == "line_items" && stored["_line_items"] is JsonArray items)
        {
            target["line_items"] = LineItems(stored, items);
            return;
        }
        if (target[name] is JsonValue idValue && idValue.TryGetValue(out string? id) && call.Find(id) is { } found)
        {
            var expanded = Public(found);
            target[name] = expanded;
            if (segments.Length > 1)
            {
                ExpandPath(call, found, expanded, segments[1..]);
            }
        }
        else if (target[name] is JsonObject nested && segments.Length > 1)
        {
            ExpandPath(call, nested, nested, segments[1..]);
        }
    }

    public static JsonObject LineItems(JsonObject session, JsonArray items) => new()
    {
        ["object"] = "list",
        ["data"] = items.DeepClone(),
        ["has_more"] = false,
        ["url"] = $"/v1/checkout/sessions/{session["id"]}/line_items",
    };
}
