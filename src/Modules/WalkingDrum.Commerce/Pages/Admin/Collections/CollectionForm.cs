using System.Globalization;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;

namespace WalkingDrum.Commerce.Pages.Admin.Collections;

/// <summary>The collection editor's fields as posted; names match <see cref="CollectionInput"/> so errors land on them.</summary>
public sealed class CollectionForm
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public bool Published { get; set; }

    /// <summary>Current members in their order, with a position the merchant may change.</summary>
    public List<MemberForm> Members { get; set; } = [];

    /// <summary>Products ticked in the search results, added at the end.</summary>
    public List<Guid> Add { get; set; } = [];

    public static CollectionForm From(Collection collection, IEnumerable<Guid> members)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return new CollectionForm
        {
            Title = collection.Title,
            Slug = collection.Slug,
            Description = collection.DescriptionHtml,
            Published = collection.IsPublished,
            Members = [.. members.Select((id, i) => new MemberForm { ProductId = id, Position = (i + 1).ToString(CultureInfo.InvariantCulture) })],
        };
    }

    /// <summary>The input for the service, or null with problems in <paramref name="errors"/> (positions that are not numbers).</summary>
    public CollectionInput? ToInput(bool withMembers, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var kept = new List<(Guid Id, int Position, int Index)>();
        for (var i = 0; i < Members.Count; i++)
        {
            if (Members[i].Remove)
            {
                continue;
            }

            if (!int.TryParse(Members[i].Position, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                errors.Add($"{nameof(Members)}[{i}].{nameof(MemberForm.Position)}", "Enter a whole number, 1 for the first place.");
                continue;
            }

            kept.Add((Members[i].ProductId, position, i));
        }

        IReadOnlyList<Guid>? ids = withMembers
            ? [.. kept.OrderBy(m => m.Position).ThenBy(m => m.Index).Select(m => m.Id), .. Add]
            : null;
        return errors.IsEmpty ? new CollectionInput(Title, Slug, Description, Published, ids) : null;
    }
}

/// <summary>One member row of the collection editor.</summary>
public sealed class MemberForm
{
    public Guid ProductId { get; set; }

    public string? Position { get; set; }

    public bool Remove { get; set; }
}
