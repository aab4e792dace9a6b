using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>Which invoices the admin list shows.</summary>
/// <param name="Status">Only invoices in this status; all when null.</param>
/// <param name="Search">An invoice number (<c>INV-000042</c>, <c>42</c>) or part of a customer's email.</param>
public sealed record InvoiceFilter(InvoiceStatus? Status, string? Search)
{
    public static InvoiceFilter None { get; } = new(null, null);
}

/// <summary>One invoice in the admin list.</summary>
public sealed record InvoiceRow(Guid Id, string Number, DateTimeOffset IssuedAt, string CustomerEmail, Amount Total, InvoiceStatus Status, bool IsTest);

/// <summary>A page of the admin list.</summary>
/// <param name="Rows">The invoices on this page.</param>
/// <param name="Total">How many invoices match, on all pages.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageCount">How many pages there are; at least one.</param>
/// <param name="ShopHasInvoices">Whether the shop has any invoice at all, filters aside (for the empty state).</param>
public sealed record InvoiceListPage(IReadOnlyList<InvoiceRow> Rows, int Total, int Page, int PageCount, bool ShopHasInvoices);

/// <summary>The admin's reading of the shop's invoices.</summary>
public sealed class InvoiceQueries(WalkingDrumDbContext db)
{
    public const int PageSize = 25;

    /// <summary>The invoices matching <paramref name="filter"/>, newest (highest number) first, at page <paramref name="page"/> (clamped).</summary>
    public async Task<InvoiceListPage> ListAsync(InvoiceFilter filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var all = db.Set<Invoice>().AsNoTracking();
        var matching = all;
        if (filter.Status is { } status)
        {
            matching = matching.Where(i => i.Status == status);
        }

        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            matching = InvoiceNumbers.ParseInvoice(search) is { } number
                ? matching.Where(i => i.Number == number || i.CustomerEmail.Contains(term))
                : matching.Where(i => i.CustomerEmail.Contains(term));
        }

        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await matching.OrderByDescending(i => i.Number).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new { i.Id, i.Number, i.IssuedAt, i.CustomerEmail, i.TotalMinor, i.Currency, i.Status, i.IsTest })
            .ToListAsync(cancellationToken);
        var any = total > 0 || await all.AnyAsync(cancellationToken);
        return new InvoiceListPage(
            [.. rows.Select(r => new InvoiceRow(r.Id, InvoiceNumbers.Invoice(r.Number), r.IssuedAt, r.CustomerEmail, new Amount(r.TotalMinor, r.Currency), r.Status, r.IsTest))],
            total,
            page,
            pageCount,
            any);
    }
}
