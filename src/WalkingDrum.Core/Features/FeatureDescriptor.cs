namespace WalkingDrum.Core.Features;

/// <summary>A capability a tenant's plan can switch on or off.</summary>
/// <param name="Id">Stable identifier, e.g. <c>admin.email-log</c>.</param>
/// <param name="Name">Human name shown to operators.</param>
public sealed record FeatureDescriptor(string Id, string Name);
