namespace WalkingDrum.Commerce.Services;

/// <summary>
/// Problems with a catalog input, by field. Keys name the input's properties as a form posts them
/// (<c>Title</c>, <c>Variants[0].Price</c>), so an admin form can show each next to its field and
/// an import can name the column.
/// </summary>
public sealed class CatalogErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> ByField => _errors;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Every problem on one line each, prefixed with its field (recipes, logs).</summary>
    public override string ToString() =>
        string.Join("; ", _errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
