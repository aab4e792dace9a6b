using WalkingDrum.Core.Features;

namespace WalkingDrum.Core.Modules;

/// <summary>Describes a module: identity, purpose and the features a plan can switch off.</summary>
/// <param name="Id">Stable identifier, e.g. <c>WalkingDrum.Tenants</c>.</param>
/// <param name="Name">Human name shown to operators.</param>
/// <param name="Description">One line on what the module does.</param>
/// <param name="Features">Features the module offers; each can be disabled by a tenant's plan.</param>
public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<FeatureDescriptor> Features);
