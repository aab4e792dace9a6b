using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace WalkingDrum.StripeSandbox.Models;

/// <summary>
/// A form-encoded Stripe request as a tree: <c>a[b][0][c]=v</c> becomes nested nodes, and
/// <c>a[]=v</c> appends to a list, the way Stripe reads its bracket notation.
/// </summary>
internal sealed class FormTree
{
    private readonly SortedDictionary<string, FormTree> children = new(StringComparer.Ordinal);
    private readonly List<FormTree> items = [];

    public string? Value { get; private set; }

    public static FormTree Parse(string encoded)
    {
        var root = new FormTree();
        foreach (var pair in new QueryStringEnumerable(encoded))
        {
            var key = pair.DecodeName().ToString();
            if (key.Length > 0)
            {
                root.Add(SplitKey(key), pair.DecodeValue().ToString());
            }
        }
        return root;
    }

    public FormTree? this[string name] => children.TryGetValue(name, out var child) ? child : null;

    public string? Get(string name) => this[name]?.Value;

    public string? GetNonEmpty(string name) => string.IsNullOrEmpty(Get(name)) ? null : Get(name);

    public bool Has(string name) => children.ContainsKey(name);

    /// <summary>Indexed (<c>a[0]</c>) and appended (<c>a[]</c>) entries in order.</summary>
    public IReadOnlyList<FormTree> Items =>
        [.. children.Where(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)).Select(c => c.Value), .. items];

    public IEnumerable<KeyValuePair<string, FormTree>> Children => children;

    /// <summary>A canonical text of the whole tree; equal requests give equal fingerprints.</summary>
    public string Fingerprint() => Value ?? "{" + string.Join(",",
        children.Select(c => c.Key + ":" + c.Value.Fingerprint()).Concat(items.Select(i => i.Fingerprint()))) + "}";

    private void Add(List<string> path, string value)
    {
        var node = this;
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i].Length == 0)
            {
                var item = new FormTree();
                node.items.Add(item);
                node = item;
                continue;
            }
            if (!node.children.TryGetValue(path[i], out var next))
            {
                next = new FormTree();
                node.children[path[i]] = next;
            }
            node = next;
        }
        node.Value = value;
    }

    private static List<string> SplitKey(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return [key];
        }
        var parts = new List<string> { key[..open] };
        while (open >= 0 && open < key.Length)
        {
            var close = key.IndexOf(']', open);
            if (close < 0)
            {
                break;
            }
            parts.Add(key[(open + 1)..close]);
            open = key.IndexOf('[', close);
        }
        return parts;
    }
}
