using System.Collections.Frozen;

namespace WalkingDrum.Tenants.Models;

/// <summary>Currencies a shop can sell in (those Stripe settles for small businesses).</summary>
public static class Currencies
{
    public static readonly FrozenSet<string> Supported = new[]
    {
        "AUD", "BRL", "CAD", "CHF", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "JPY", "MXN", "NOK", "NZD", "PLN",
        "SEK", "SGD", "USD", "ZAR",
    }.ToFrozenSet(StringComparer.Ordinal);
}
