using System.Globalization;
using Microsoft.AspNetCore.Http;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;

namespace WalkingDrum.Subscriptions.Parts;

/// <summary>A collection the box's choices can come from.</summary>
public sealed record BoxCollectionChoice(string Slug, string Title);

/// <summary>
/// The "Subscription options" editor section: the product's settings and plan rows, with one blank
/// row to add a plan. Form keys are <c>subscriptions.{field}</c> and <c>subscriptions.plans[i].{field}</c>,
/// the same keys errors are recorded under.
/// </summary>
public sealed record SubscriptionOptionsEditor(
    string Currency, IReadOnlyList<BoxCollectionChoice> Collections,
    bool SubscriptionOnly, bool IsBox, string BoxSize, string BoxCutoffDays, string BoxCollection, IReadOnlyList<PlanRow> Plans)
{
    public const string Prefix = "subscriptions";

    /// <summary>Form key that tells the part its section was on the posted form.</summary>
    public const string PresentKey = Prefix + ".present";

    public const string SubscriptionOnlyKey = Prefix + ".subscriptionOnly";
    public const string IsBoxKey = Prefix + ".isBox";
    public const string BoxSizeKey = Prefix + ".boxSize";
    public const string BoxCutoffDaysKey = Prefix + ".boxCutoffDays";
    public const string BoxCollectionKey = Prefix + ".boxCollection";

    /// <summary>Rows read from a post at most; more than a product may have, so the rules can say so.</summary>
    public const int MaxPostedRows = SubscriptionPlan.MaxPerProduct * 3;

    /// <summary>Form key of a plan row's field (<c>subscriptions.plans[1].trialDays</c>).</summary>
    public static string Key(int row, string field) => Prefix + "." + PlanRules.Key(row, field);

    /// <summary>The form's section with a blank row added when the last row is in use.</summary>
    public SubscriptionOptionsEditor WithBlankRow() =>
        Plans.Count > 0 && Plans[^1].IsBlank || Plans.Count >= SubscriptionPlan.MaxPerProduct
            ? this
            : this with { Plans = [.. Plans, PlanRow.Blank(Plans.Count + 1)] };

    /// <summary>This section as posted, for re-showing a form that was not saved; itself when the section was not posted.</summary>
    public SubscriptionOptionsEditor WithPosted(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ReadPosted(form) is { } posted
            ? this with
            {
                SubscriptionOnly = posted.SubscriptionOnly,
                IsBox = posted.IsBox,
                BoxSize = posted.BoxSize,
                BoxCutoffDays = posted.BoxCutoffDays,
                BoxCollection = posted.BoxCollection,
                Plans = posted.Plans,
            }
            : this;
    }

    /// <summary>The posted section as the rules' input; null when the section was not posted.</summary>
    public static ProductSubscriptionInput? ReadInput(IFormCollection form) =>
        ReadPosted(form) is { } posted
            ? new ProductSubscriptionInput(posted.SubscriptionOnly, posted.IsBox, posted.BoxSize, posted.BoxCutoffDays, posted.BoxCollection,
                [.. posted.Plans.Select(p => p.ToInput())])
            : null;

    private static SubscriptionOptionsEditor? ReadPosted(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.ContainsKey(PresentKey))
        {
            return null;
        }

        var rows = new List<PlanRow>();
        for (var i = 0; i < MaxPostedRows && form.ContainsKey(Key(i, "interval")); i++)
        {
            string Text(string field) => form[Key(i, field)].ToString();
            bool Ticked(string field) => string.Equals(Text(field), "true", StringComparison.OrdinalIgnoreCase);
            rows.Add(new PlanRow(
                Text("id"), Text("name"), Text("position"), Ticked("isActive"), Text("interval"), Text("intervalCount"),
                Text("discountPercent"), Text("fixedPrice"), Text("trialDays"), Text("setupFee"),
                Text("prepaidCycles"), Text("prepaidDiscountPercent"), Text("minimumCycles"), Text("maximumCycles"), Ticked("remove")));
        }

        return new SubscriptionOptionsEditor(
            "", [], Ticked(form, SubscriptionOnlyKey), Ticked(form, IsBoxKey),
            form[BoxSizeKey].ToString(), form[BoxCutoffDaysKey].ToString(), form[BoxCollectionKey].ToString(), rows);
    }

    private static bool Ticked(IFormCollection form, string key) =>
        string.Equals(form[key].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Invariant text of a whole number, for the form's values.</summary>
    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
