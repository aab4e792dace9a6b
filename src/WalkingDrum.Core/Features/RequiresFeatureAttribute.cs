namespace WalkingDrum.Core.Features;

/// <summary>
/// Endpoint metadata: the endpoint answers 404 for tenants whose plan disables the feature.
/// Works on minimal API endpoints (<c>.WithMetadata</c>) and Razor Pages (as an attribute).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresFeatureAttribute(string featureId) : Attribute
{
    /// <summary>The feature the endpoint belongs to.</summary>
    public string FeatureId { get; } = featureId;
}
