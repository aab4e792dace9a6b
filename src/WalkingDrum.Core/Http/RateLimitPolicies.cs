namespace WalkingDrum.Core.Http;

/// <summary>Names of the rate-limit policies the host defines.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, signup and password reset: a few attempts per client per minute.</summary>
    public const string Auth = "auth";
}
