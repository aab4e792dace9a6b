namespace WalkingDrum.Commerce.Services;

/// <summary>
/// The rules for a product's custom fields, shared by the <c>fields</c> part (admin) and by
/// imports that carry fields with the product.
/// </summary>
public static class ProductFieldRules
{
    public const int MaxName = 60;
    public const int MaxValue = 2000;
    public const int MaxFields = 50;

    /// <summary>
    /// The fields in order, skipping rows with neither name nor value; problems go to
    /// <c>{prefix}[i].Name</c> / <c>{prefix}[i].Value</c>, or to <paramref name="prefix"/> itself.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Validate(
        IReadOnlyList<KeyValuePair<string?, string?>> rows, string prefix, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var name = rows[i].Key?.Trim() ?? "";
            var value = rows[i].Value?.Trim() ?? "";
            if (name.Length == 0 && value.Length == 0)
            {
                continue;
            }

            var nameField = $"{prefix}[{i}].Name";
            var checkedName = CatalogText.Line(name, nameField, MaxName, "Name this field, or clear its value.", errors);
            if (value.Length == 0)
            {
                errors.Add($"{prefix}[{i}].Value", "Enter a value, or clear the field's name.");
            }
            else if (value.Length > MaxValue)
            {
                errors.Add($"{prefix}[{i}].Value", $"Use at most {MaxValue} characters.");
            }

            if (checkedName is not null && fields.Exists(f => string.Equals(f.Key, checkedName, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(nameField, $"There is already a field called “{checkedName}”.");
            }
            else if (checkedName is not null && value.Length is > 0 and <= MaxValue)
            {
                fields.Add(new(checkedName, value));
            }
        }

        if (fields.Count > MaxFields)
        {
            errors.Add(prefix, $"Use at most {MaxFields} fields.");
        }

        return fields;
    }
}
