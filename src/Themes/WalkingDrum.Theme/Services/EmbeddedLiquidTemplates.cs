using System.Collections.Frozen;
using System.Reflection;
using Fluid;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Parses the <c>*.liquid</c> resources embedded in an assembly under a name prefix, once; a
/// template that does not parse stops startup instead of a page.
/// </summary>
public static class EmbeddedLiquidTemplates
{
    private static readonly FluidParser Parser = new();

    /// <summary>Templates keyed by resource name without prefix and <c>.liquid</c> suffix.</summary>
    public static FrozenDictionary<string, IFluidTemplate> Load(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".liquid", StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..^".liquid".Length], n => Parse(assembly, n), StringComparer.Ordinal);
    }

    private static IFluidTemplate Parse(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parser.TryParse(reader.ReadToEnd(), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Template {resource} does not parse: {error}");
    }
}
