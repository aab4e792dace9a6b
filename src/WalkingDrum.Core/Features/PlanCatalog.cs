using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace WalkingDrum.Core.Features;

/// <summary>Configuration section <c>Plans</c>: the feature profile of each plan.</summary>
public sealed class PlanOptions
{
    /// <summary>Plan a new shop starts on.</summary>
    public string DefaultPlan { get; set; } = "starter";

    /// <summary>Plans by name.</summary>
    public Dictionary<string, PlanDefinition> Plans { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One plan: its name and the features it switches off.</summary>
public sealed class PlanDefinition
{
    /// <summary>Name shown to operators.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Feature ids unavailable on this plan.</summary>
    public List<string> DisabledFeatures { get; set; } = [];
}

/// <summary>The configured plans, read once.</summary>
public sealed class PlanCatalog
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _disabled;

    /// <summary>Reads the plans from options; the default plan always exists.</summary>
    public PlanCatalog(IOptions<PlanOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        DefaultPlan = value.DefaultPlan;
        var plans = new Dictionary<string, PlanDefinition>(value.Plans, StringComparer.OrdinalIgnoreCase);
        plans.TryAdd(DefaultPlan, new PlanDefinition { DisplayName = DefaultPlan });
        Plans = plans.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _disabled = plans.ToFrozenDictionary(
            p => p.Key, p => p.Value.DisabledFeatures.ToFrozenSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Plan a new shop starts on.</summary>
    public string DefaultPlan { get; }

    /// <summary>Every plan by name.</summary>
    public FrozenDictionary<string, PlanDefinition> Plans { get; }

    /// <summary>True when <paramref name="plan"/> includes <paramref name="featureId"/>; unknown plans get the default's.</summary>
    public bool IsEnabled(string plan, string featureId) =>
        !(_disabled.GetValueOrDefault(plan) ?? _disabled[DefaultPlan]).Contains(featureId);
}
