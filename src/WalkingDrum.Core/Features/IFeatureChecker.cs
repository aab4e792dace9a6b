namespace WalkingDrum.Core.Features;

/// <summary>Answers whether the current tenant's plan enables a feature.</summary>
public interface IFeatureChecker
{
    /// <summary>True when the current tenant may use <paramref name="featureId"/>.</summary>
    bool IsEnabled(string featureId);
}
