using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>
/// One API request while it runs: its account, parameters and clock, and the transaction its writes
/// go to. Domain services take it so every write, event and delivery lands in the same commit.
/// </summary>
internal sealed class ApiCall(StoreTransaction store, RequestInfo request, SandboxContext sandbox)
{
    public StoreTransaction Store { get; } = store;

    public string Account => request.Account;

    public FormTree Form => request.Form;

    public SandboxContext Sandbox { get; } = sandbox;

    public long Now { get; } = sandbox.Clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Whether the unit of work queued webhook deliveries, so the dispatcher should wake up.</summary>
    public bool QueuedDeliveries { get; private set; }

    public JsonObject Get(string type, string id, string kind, string param = "id")
    {
        var found = Store.Find(Account, id);
        return found is not null && (string?)found["object"] == type ? found : throw StripeApiException.NoSuch(kind, id, param);
    }

    public JsonObject? Find(string id) => Store.Find(Account, id);

    public JsonObject Save(JsonObject value)
    {
        Store.Put(Account, value);
        return value;
    }

    /// <summary>A new object with the fields every Stripe object has.</summary>
    public JsonObject NewObject(string type, string prefix) =>
        new() { ["id"] = Ids.New(prefix), ["object"] = type, ["created"] = Now, ["livemode"] = false };

    /// <summary>Records an event with a snapshot of <paramref name="subject"/> and queues its webhook deliveries.</summary>
    public void Emit(string type, JsonObject subject)
    {
        var evt = NewObject("event", "evt");
        evt["api_version"] = Sandbox.Options.ApiVersion;
        evt["data"] = new JsonObject { ["object"] = Render.Public(subject) };
        evt["request"] = new JsonObject { ["id"] = request.RequestId, ["idempotency_key"] = request.IdempotencyKey };
        evt["type"] = type;
        evt["pending_webhooks"] = 0;
        Save(evt);
        var dueAt = Sandbox.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var endpoints = Store.List(Account, new ListQuery("webhook_endpoint", [], int.MaxValue - 1, null, null)).Items;
        foreach (var endpoint in endpoints.Where(e => Subscribes(e, type)))
        {
            for (var copy = 1; copy <= Math.Max(1, Sandbox.Options.DeliveryCopies); copy++)
            {
                var order = Sandbox.Options.ShuffleDeliveries ? Random.Shared.NextInt64() : 0;
                Store.AddDelivery(Account, (string)evt["id"]!, (string)endpoint["id"]!, copy, dueAt, order);
                QueuedDeliveries = true;
            }
        }
    }

    private static bool Subscribes(JsonObject endpoint, string type) =>
        (string?)endpoint["status"] == "enabled"
        && endpoint["enabled_events"] is JsonArray events
        && events.Any(e => (string?)e == "*" || (string?)e == type);
}

/// <summary>Who asked what: the parts of an HTTP request the API needs.</summary>
internal sealed record RequestInfo(string Account, FormTree Form, string RequestId, string? IdempotencyKey);
