using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Data;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>One row of the admin's order list.</summary>
/// <param name="Id">The order's id, for its page.</param>
/// <param name="Number">The number shoppers quote.</param>
/// <param name="PlacedAt">When the shopper paid.</param>
/// <param name="Email">The shopper's email.</param>
/// <param name="Items">Units ordered, all lines together.</param>
/// <param name="Total">What the shopper paid.</param>
/// <param name="Payment">Where the money stands.</param>
/// <param name="Fulfillment">Where the goods stand.</param>
/// <param name="IsTest">Paid in test mode.</param>
public sealed record OrderRow(
    Guid Id, long Number, DateTimeOffset PlacedAt, string Email, int Items, Amount Total,
    OrderPaymentStatus Payment, OrderFulfillmentStatus Fulfillment, bool IsTest);

/// <summary>A page of the admin's order list.</summary>
/// <param name="Rows">The orders of this page, newest first.</param>
/// <param name="Total">Orders that match the filter.</param>
/// <param name="Page">The page shown (clamped to the pages there are).</param>
/// <param name="PageCount">Pages there are, at least 1.</param>
/// <param name="ShopHasOrders">Whether the shop has any order at all, to tell "none yet" from "none match".</param>
public sealed record OrderListPage(IReadOnlyList<OrderRow> Rows, int Total, int Page, int PageCount, bool ShopHasOrders);

/// <summary>An order with its lines, notes and refunds, and the email of the shopper's account.</summary>
/// <param name="Order">The order, untracked, with its lines in order, its notes and its refunds.</param>
/// <param name="AccountEmail">The account's email when the order has a user and the account still exists.</param>
public sealed record OrderDetail(Order Order, string? AccountEmail);

/// <summary>The admin's reads of orders: the filtered, paged list, one order, and the filter the CSV export shares.</summary>
public sealed class OrderQueries(WalkingDrumDbContext db)
{
    public const int PageSize = 50;

    public async Task<OrderListPage> ListAsync(OrderFilter filter, int page, CancellationToken cancellationToken)
    {
        var orders = Matching(filter);
        var total = await orders.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await orders.OrderByDescending(o => o.Number).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new
            {
                o.Id, o.Number, o.PlacedAt, o.Email, Items = o.Lines.Sum(l => l.Quantity), o.TotalMinor, o.Currency,
                o.PaymentStatus, o.FulfillmentStatus, o.IsTest,
            })
            .ToListAsync(cancellationToken);
        var shopHasOrders = total > 0 || await db.Set<Order>().AnyAsync(cancellationToken);
        return new OrderListPage(
            [.. rows.Select(r => new OrderRow(r.Id, r.Number, r.PlacedAt, r.Email, r.Items, new Amount(r.TotalMinor, r.Currency),
                r.PaymentStatus, r.FulfillmentStatus, r.IsTest))],
            total, page, pageCount, shopHasOrders);
    }

    public async Task<OrderDetail?> FindAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking()
            .Include(o => o.Lines.OrderBy(l => l.Position)).Include(o => o.Notes).Include(o => o.Refunds)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var account = order.UserId is { } userId
            ? await db.Set<ShopUser>().AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new OrderDetail(order, account);
    }

    /// <summary>The shop's orders that pass <paramref name="filter"/>, untracked and unordered.</summary>
    public IQueryable<Order> Matching(OrderFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var orders = db.Set<Order>().AsNoTracking();
        if (filter.Search?.ToLowerInvariant() is { Length: > 0 } search)
        {
            var digits = search.TrimStart('#');
            // Translated to SQL lower() on both databases (they disagree on case in plain
            // comparisons); the culture overloads the analyzers ask for have no translation.
#pragma warning disable CA1304, CA1311, CA1862
            orders = digits.Length > 0 && digits.All(char.IsAsciiDigit)
                     && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? orders.Where(o => o.Number == number || o.Email.ToLower().Contains(digits))
                : orders.Where(o => o.Email.ToLower().Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.Payment is { } payment)
        {
            orders = orders.Where(o => o.PaymentStatus == payment);
        }

        if (filter.Fulfillment is { } fulfillment)
        {
            orders = orders.Where(o => o.FulfillmentStatus == fulfillment);
        }

        if (filter.IsTest is { } isTest)
        {
            orders = orders.Where(o => o.IsTest == isTest);
        }

        if (filter.PlacedFrom is { } from)
        {
            orders = PlacedFrom(orders, StartOf(from));
        }

        // The last day there is has no next day to stop before.
        if (filter.PlacedTo is { } to && to < DateOnly.MaxValue)
        {
            orders = PlacedBefore(orders, StartOf(to.AddDays(1)));
        }

        return orders;
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private IQueryable<Order> PlacedFrom(IQueryable<Order> orders, DateTimeOffset start)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var seconds = start.ToUnixTimeSeconds();
            return orders.Where(o => SqliteDates.UnixSeconds(o.PlacedAt) >= seconds);
        }

        return orders.Where(o => o.PlacedAt >= start);
    }

    private IQueryable<Order> PlacedBefore(IQueryable<Order> orders, DateTimeOffset end)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var seconds = end.ToUnixTimeSeconds();
            return orders.Where(o => SqliteDates.UnixSeconds(o.PlacedAt) < seconds);
        }

        return orders.Where(o => o.PlacedAt < end);
    }
}
