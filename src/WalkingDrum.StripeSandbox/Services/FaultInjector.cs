using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>
/// Faults a test asked for: the next N API requests of an account whose path starts with a prefix
/// answer 429 or 5xx, so a gateway's retries can be exercised. Kept in memory: a restart clears them.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<Fault> faults = [];

    public JsonObject Add(string account, string pathPrefix, int status, int count)
    {
        lock (gate)
        {
            var fault = new Fault(Ids.New("fault", 14), account, pathPrefix, status) { Remaining = count };
            faults.Add(fault);
            return fault.ToJson();
        }
    }

    public void Clear(string account)
    {
        lock (gate)
        {
            faults.RemoveAll(f => f.Account == account);
        }
    }

    /// <summary>The status a request must fail with, or null to serve it; consumes one use of the fault.</summary>
    public int? Take(string account, string path)
    {
        lock (gate)
        {
            var fault = faults.FirstOrDefault(f => f.Account == account && path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (fault is null)
            {
                return null;
            }
            if (--fault.Remaining <= 0)
            {
                faults.Remove(fault);
            }
            return fault.Status;
        }
    }

    public static JsonObject ErrorBody(int status) => status == 429
        ? StripeErrors.Body("invalid_request_error",
            "Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.",
            code: "rate_limit")
        : StripeErrors.Body("api_error", "An unknown error occurred.");

    private sealed record Fault(string Id, string Account, string PathPrefix, int Status)
    {
        public int Remaining { get; set; }

        public JsonObject ToJson() => new()
        {
            ["id"] = Id, ["object"] = "sandbox.fault", ["path_prefix"] = PathPrefix, ["status"] = Status, ["remaining"] = Remaining,
        };
    }
}
