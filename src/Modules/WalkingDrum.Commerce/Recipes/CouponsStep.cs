using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>
/// <c>coupons</c>: discount codes, each with <c>code</c>, <c>percentOff</c> or <c>amountOff</c>,
/// and optionally <c>duration</c> (once, repeating, forever), <c>cycles</c>, <c>expiresOn</c>
/// (yyyy-MM-dd), <c>redemptionLimit</c>, <c>minimumSubtotal</c> and <c>active</c>.
/// </summary>
internal sealed class CouponsStep : IRecipeStep
{
    public string Name => "coupons";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        var coupons = context.Services.GetRequiredService<CouponService>();
        var number = 0;
        foreach (var item in RecipeJson.Items(step, "coupons", Name))
        {
            number++;
            var where = $"{Name}: coupon {number}";
            var input = RecipeJson.Read(where, () =>
            {
                var percent = RecipeJson.Text(item, "percentOff");
                return new CouponInput(
                    RecipeJson.Text(item, "code"), percent is null ? "fixed" : "percent", percent ?? RecipeJson.Text(item, "amountOff"),
                    RecipeJson.Text(item, "duration"), RecipeJson.Text(item, "cycles"), RecipeJson.Text(item, "expiresOn"),
                    RecipeJson.Text(item, "redemptionLimit"), RecipeJson.Text(item, "minimumSubtotal"), RecipeJson.Flag(item, "active", true));
            });

            var errors = new CatalogErrors();
            if (await coupons.StageAsync(null, input, errors, cancellationToken) is null)
            {
                throw new RecipeException($"{where} “{input.Code}”: {errors}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
