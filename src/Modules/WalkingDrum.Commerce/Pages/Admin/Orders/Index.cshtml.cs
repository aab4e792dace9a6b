using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Orders;

/// <summary>The shop's orders, newest first: search, filters, paging and the CSV export of what is shown.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class OrdersIndexModel(OrderQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public OrderFilterQuery Query { get; private set; } = OrderFilterQuery.Empty;

    /// <summary>Why a filter value was ignored, by query key.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; private set; } = new Dictionary<string, string>();

    public OrderListPage Listing { get; private set; } = new([], 0, 1, 1, false);

    public bool Filtered { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = OrderFilterQuery.Of(Request.Query);
        var reading = Query.Read();
        Notes = reading.Notes;
        Filtered = reading.Filter != OrderFilter.None;
        Listing = await queries.ListAsync(reading.Filter, PageNumber, cancellationToken);
    }

    /// <summary>Query values of this list with its filters, at page <paramref name="page"/>.</summary>
    public Dictionary<string, string> ListQuery(int page)
    {
        var values = Query.ToQuery();
        if (page != 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>The export's query string: the same filters as the list.</summary>
    public string ExportQuery => QueryString.Create(Query.ToQuery().Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Value ?? "";

    /// <summary>The note for a filter field, and the id that ties it to the field.</summary>
    public (string? Text, string Id) Note(string key) => (Notes.GetValueOrDefault(key), $"filter-{key}-note");
}
