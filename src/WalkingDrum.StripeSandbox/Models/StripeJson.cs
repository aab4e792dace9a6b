using System.Text.Encodings.Web;
using System.Text.Json;

namespace WalkingDrum.StripeSandbox.Models;

/// <summary>How the sandbox writes JSON: messages keep their apostrophes readable, as Stripe's do.</summary>
internal static class StripeJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
