using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Billing.Pages.Admin.Invoices;

/// <summary>The shop's invoices, newest first: filter by status, search by number or email, paging.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class InvoicesIndexModel(InvoiceQueries queries) : PageModel
{
    public const string StatusKey = "status";
    public const string SearchKey = "q";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = StatusKey)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchKey)]
    public string? Search { get; set; }

    /// <summary>Why the status filter was ignored, when it was.</summary>
    public string? StatusNote { get; private set; }

    public InvoiceListPage Listing { get; private set; } = new([], 0, 1, 1, false);

    public InvoiceStatus? SelectedStatus { get; private set; }

    public bool Filtered => SelectedStatus is not null || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Status?.Trim() is { Length: > 0 } status)
        {
            if (Enum.TryParse<InvoiceStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                SelectedStatus = parsed;
            }
            else
            {
                StatusNote = $"“{status}” is not an invoice status, so invoices of every status are shown.";
            }
        }

        Listing = await queries.ListAsync(new InvoiceFilter(SelectedStatus, Search), PageNumber, cancellationToken);
    }

    /// <summary>Query values of this list with its filters, at page <paramref name="page"/>.</summary>
    public Dictionary<string, string> ListQuery(int page)
    {
        var values = new Dictionary<string, string>();
        if (SelectedStatus is { } status)
        {
            values[StatusKey] = status.ToString();
        }

        if (Search?.Trim() is { Length: > 0 } search)
        {
            values[SearchKey] = search;
        }

        if (page != 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }
}
