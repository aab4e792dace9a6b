using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>The shop's products: search, filters, paging and bulk status changes.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class ProductsIndexModel(ProductQueries queries, ProductService products) : PageModel
{
    public static readonly IReadOnlyDictionary<string, ProductStatus> BulkActions = new Dictionary<string, ProductStatus>(StringComparer.Ordinal)
    {
        ["publish"] = ProductStatus.Active,
        ["unpublish"] = ProductStatus.Draft,
        ["archive"] = ProductStatus.Archived,
    };

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "collection")]
    public Guid? CollectionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public ProductListPage Listing { get; private set; } = new([], 0, 1, 1, false);

    public IReadOnlyList<(Guid Id, string Title, string Slug)> Collections { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public string? BulkError { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || ParsedStatus is not null || CollectionId is not null || !string.IsNullOrWhiteSpace(Tag);

    private ProductStatus? ParsedStatus => Enum.TryParse<ProductStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostBulkAsync(string? bulkAction, List<Guid>? ids, CancellationToken cancellationToken)
    {
        if (bulkAction is null || !BulkActions.TryGetValue(bulkAction, out var status))
        {
            BulkError = "Choose what to do with the selected products.";
        }
        else if (ids is not { Count: > 0 })
        {
            BulkError = "Select at least one product first.";
        }
        else
        {
            var summary = await products.SetStatusAsync(ids, status, cancellationToken);
            Notice = Summary(summary, status);
            return RedirectToPage(null, null, ListQuery(PageNumber));
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Query values of this list with its filters, at page <paramref name="page"/>.</summary>
    public Dictionary<string, string> ListQuery(int page)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Search,
            ["status"] = Status,
            ["collection"] = CollectionId?.ToString(),
            ["tag"] = Tag,
            ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Listing = await queries.ListAsync(new ProductFilter(Search, ParsedStatus, CollectionId, Tag, PageNumber), cancellationToken);
        Collections = await queries.CollectionsAsync(cancellationToken);
        Tags = await queries.TagsAsync(cancellationToken);
    }

    private static string Summary(StatusChangeSummary summary, ProductStatus status)
    {
        var verb = status switch { ProductStatus.Active => "published", ProductStatus.Draft => "unpublished", _ => "archived" };
        var parts = new List<string> { $"{Count(summary.Changed)} {verb}" };
        if (summary.Unchanged > 0)
        {
            parts.Add($"{Count(summary.Unchanged)} already {(status == ProductStatus.Draft ? "drafts" : verb)}");
        }

        if (summary.NotFound > 0)
        {
            parts.Add($"{Count(summary.NotFound)} no longer exist");
        }

        return string.Join("; ", parts) + ".";
    }

    private static string Count(int n) => n == 1 ? "1 product" : $"{n} products";
}
