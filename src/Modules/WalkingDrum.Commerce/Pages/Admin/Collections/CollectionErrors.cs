using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Commerce.Services;

namespace WalkingDrum.Commerce.Pages.Admin.Collections;

/// <summary>Puts catalog errors on the collection form's fields.</summary>
internal static class CollectionErrors
{
    public static void Show(ModelStateDictionary state, CatalogErrors errors)
    {
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                state.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
            }
        }
    }
}
