using Fluid;
using Fluid.Values;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Theme.Services;

/// <summary>Filters the storefront templates use beyond standard Liquid.</summary>
internal static class LiquidFilters
{
    /// <summary><c>{{ product.price | money }}</c> → <c>€12.50</c>; anything that is not an amount renders empty.</summary>
    public static ValueTask<FluidValue> Money(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input.ToObjectValue() is Amount amount
            ? new StringValue(amount.ToDisplayString())
            : StringValue.Empty;
}
