using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;

namespace WalkingDrum.Theme.Services;

/// <summary>Why a template's source does not parse, and where.</summary>
/// <param name="Message">The parser's message without its position.</param>
/// <param name="Line">1-based line of the problem, when the parser named one.</param>
/// <param name="Column">1-based column of the problem, when the parser named one.</param>
public sealed record TemplateSyntaxError(string Message, int? Line, int? Column)
{
    /// <inheritdoc />
    public override string ToString() => Line is null ? Message : $"Line {Line}, column {Column}: {Message}";
}

/// <summary>
/// Parses merchant Liquid the way the storefront runs it: Fluid's parser, then ranges bounded so
/// that <c>(1..1000000000)</c> cannot allocate a billion values before any step limit applies.
/// </summary>
public static partial class TemplateSyntax
{
    /// <summary>Longest source accepted for one template.</summary>
    public const int MaxSourceLength = 100_000;

    private static readonly FluidParser Parser = new();

    /// <summary>Parses <paramref name="source"/>, or says why it does not parse.</summary>
    public static bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, [NotNullWhen(false)] out TemplateSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(source);
        template = null;
        if (source.Length > MaxSourceLength)
        {
            error = new TemplateSyntaxError($"The template is longer than {MaxSourceLength:N0} characters.", null, null);
            return false;
        }

        if (!Parser.TryParse(source, out var parsed, out var message))
        {
            error = ToError(message);
            return false;
        }

        template = Bound(parsed);
        error = null;
        return true;
    }

    /// <summary>Templates named by <c>{% render %}</c> and <c>{% include %}</c> in <paramref name="template"/>.</summary>
    public static IReadOnlySet<string> PartialsOf(IFluidTemplate template)
    {
        var finder = new PartialFinder();
        finder.VisitTemplate(OverrideTemplate.Unwrap(template));
        return finder.Names;
    }

    /// <summary>The template with every range bounded (applied to partials loaded while rendering, too).</summary>
    internal static IFluidTemplate Bound(IFluidTemplate template) => new RangeBounder().VisitTemplate(template);

    private static TemplateSyntaxError ToError(string message)
    {
        // Fluid reports "… at (line:column)" followed by the offending source.
        var firstLine = message.Split('\n')[0].Trim();
        var match = Position().Match(firstLine);
        return match.Success
            ? new TemplateSyntaxError(
                firstLine[..match.Index].Trim(),
                int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : new TemplateSyntaxError(firstLine, null, null);
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)\s*$")]
    private static partial Regex Position();

    private sealed class PartialFinder : AstVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Statement VisitRenderStatement(RenderStatement renderStatement)
        {
            Names.Add(renderStatement.Path);
            return base.VisitRenderStatement(renderStatement);
        }

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
        {
            if (includeStatement.Path is LiteralExpression { Value: var value })
            {
                Names.Add(value.ToStringValue());
            }

            return base.VisitIncludeStatement(includeStatement);
        }
    }
}
