using System.Security.Cryptography;

namespace WalkingDrum.StripeSandbox.Models;

/// <summary>Stripe-style identifiers: a type prefix and 24 random alphanumerics.</summary>
internal static class Ids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix, int length = 24) => prefix + "_" + RandomNumberGenerator.GetString(Alphabet, length);

    public static string RequestId() => New("req", 14);
}
