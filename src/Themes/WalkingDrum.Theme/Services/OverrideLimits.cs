using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// The budget a merchant's template runs within, so that no template, however wrong, can hold a
/// request or the process hostage: steps and nesting (Fluid's own limits), range sizes, the length
/// of any assigned or captured value, and the size of the page.
/// </summary>
internal static class OverrideLimits
{
    public const int MaxSteps = 100_000;
    public const int MaxRecursion = 20;
    public const int MaxRangeLength = 10_000;
    public const int MaxValueLength = 250_000;
    public const int MaxOutputLength = 4_000_000;

    /// <summary>Refuses oversized values as they are assigned or captured.</summary>
    public static ValueTask<FluidValue> CheckValue(string identifier, FluidValue value, TemplateContext context) =>
        value is StringValue && value.ToStringValue().Length > MaxValueLength
            ? throw new InvalidOperationException($"The value assigned to '{identifier}' is longer than {MaxValueLength:N0} characters.")
            : ValueTask.FromResult(value);
}

/// <summary>Replaces every range with one that refuses to span more than the limit.</summary>
internal sealed class RangeBounder : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRangeExpression(rangeExpression);
}

/// <summary>A range whose bounds are checked before Fluid materializes it.</summary>
internal sealed class BoundedRangeExpression(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        if (Math.Abs(to - from) >= OverrideLimits.MaxRangeLength)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The range ({from}..{to}) is longer than {OverrideLimits.MaxRangeLength:N0} values."));
        }

        return await range.EvaluateAsync(context);
    }

    protected override Expression Accept(AstVisitor visitor) => visitor.VisitOtherExpression(this);
}

/// <summary>Collects a page's output and stops a template that writes more than a page should hold.</summary>
internal sealed class LimitedWriter() : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    private void Check(int adding)
    {
        if (GetStringBuilder().Length + adding > OverrideLimits.MaxOutputLength)
        {
            throw new InvalidOperationException($"The page is larger than {OverrideLimits.MaxOutputLength:N0} characters.");
        }
    }
}
