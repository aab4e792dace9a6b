namespace WalkingDrum.Core.Http;

/// <summary>Where an endpoint may be reached: inside a shop, at the platform host, or both.</summary>
public enum EndpointScope
{
    /// <summary>Only inside a shop (the default for endpoints without <see cref="ScopeAttribute"/>).</summary>
    Tenant,

    /// <summary>Only at the platform host (signup, platform admin).</summary>
    Host,

    /// <summary>Everywhere (health, sign-in).</summary>
    Any,
}

/// <summary>Endpoint metadata: requests from the wrong scope get a 404.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ScopeAttribute(EndpointScope scope) : Attribute
{
    /// <summary>Where the endpoint may be reached.</summary>
    public EndpointScope Scope { get; } = scope;
}
