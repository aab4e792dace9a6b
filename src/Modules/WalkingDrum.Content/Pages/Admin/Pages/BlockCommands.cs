using System.Globalization;
using WalkingDrum.Content.Models.Blocks;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>
/// The editor's structural buttons (<c>add:hero</c>, <c>up:2</c>, <c>down:2</c>, <c>remove:2</c>,
/// <c>add-item:2</c>, <c>remove-item:2:0</c>) change the posted blocks without saving, so the
/// editor works as plain forms and htmx only spares the full reload.
/// </summary>
public static class BlockCommands
{
    /// <summary>Applies <paramref name="command"/>; false when it is not a structural command.</summary>
    public static bool Apply(string? command, List<BlockForm> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var parts = (command ?? "").Split(':');
        int Index(int position) =>
            parts.Length > position && int.TryParse(parts[position], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

        var i = Index(1);
        var known = i >= 0 && i < blocks.Count;
        switch (parts[0])
        {
            case "add" when parts.Length == 2 && PageBlocks.Create(parts[1]) is { } block:
                if (blocks.Count < PageBlocks.MaxBlocks)
                {
                    blocks.Add(BlockForm.From(block));
                }

                return true;
            case "up" when known && i > 0:
                (blocks[i - 1], blocks[i]) = (blocks[i], blocks[i - 1]);
                return true;
            case "down" when known && i < blocks.Count - 1:
                (blocks[i + 1], blocks[i]) = (blocks[i], blocks[i + 1]);
                return true;
            case "remove" when known:
                blocks.RemoveAt(i);
                return true;
            case "add-item" when known:
                if (blocks[i].Items.Count < BlockRules.MaxFaqItems)
                {
                    blocks[i].Items.Add(new FaqItemForm());
                }

                return true;
            case "remove-item" when known && Index(2) is var j && j >= 0 && j < blocks[i].Items.Count:
                blocks[i].Items.RemoveAt(j);
                return true;
            case "up" or "down" or "remove" or "add-item" or "remove-item":
                // A stale button (the block moved meanwhile): show the editor again, change nothing.
                return true;
            default:
                return false;
        }
    }
}
