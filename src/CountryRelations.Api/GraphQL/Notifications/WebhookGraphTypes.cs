using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.Security;
using CountryRelations.Notifications;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Notifications;

/// <summary>A webhook as shown: its secret only in the answer that created it.</summary>
public sealed record WebhookView(Webhook Webhook, bool ShowSecret);

/// <summary>An endpoint told of recorded revisions.</summary>
public sealed class WebhookGraphType : ObjectGraphType<WebhookView>
{
    public WebhookGraphType()
    {
        Name = "Webhook";
        Description = "An endpoint to which every recorded revision passing its filters is POSTed as JSON, signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature), retried with back-off for a day.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's ID.").Resolve(c => c.Source.Webhook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where deliveries go.").Resolve(c => c.Source.Webhook.Url);
        Field<StringGraphType>("secret").Description("The signing secret (whsec_…): given once, by addWebhook; null afterwards.").Resolve(c => c.Source.ShowSecret ? c.Source.Webhook.Secret : null);
        Field<StringGraphType>("country").Description("Only revisions of this subject country.").Resolve(c => c.Source.Webhook.Country);
        Field<StringGraphType>("publisher").Description("Only revisions of this publisher.").Resolve(c => c.Source.Webhook.Publisher);
        Field<StringGraphType>("language").Description("Only revisions in this language.").Resolve(c => c.Source.Webhook.Language);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("Whether deliveries are made.").Resolve(c => c.Source.Webhook.Enabled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryGraphType>>>>("deliveries")
            .Description("Its deliveries, newest first.")
            .Argument<IntGraphType>("first", "How many (default 20, at most 200).")
            .ResolveAsync(async c => await c.Service<WebhookRegistry>().DeliveriesAsync(c.Source.Webhook.Id, Math.Clamp(c.GetArgument("first", 20), 1, 200), c.CancellationToken));
    }
}

/// <summary>One revision's delivery to one webhook.</summary>
public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "One revision's delivery to one webhook, with its tries.";
        Field<NonNullGraphType<StringGraphType>>("messageId").Description("The webhook-id header: the same on every try.").Resolve(c => c.Source.MessageId);
        Field<NonNullGraphType<IdGraphType>>("revision").Description("The revision delivered.").Resolve(c => c.Source.RevisionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("Tries so far.").Resolve(c => c.Source.Attempts);
        Field<InstantGraphType>("deliveredAt").Description("When the receiver accepted it.").Resolve(c => c.Source.DeliveredAt);
        Field<InstantGraphType>("nextAttemptAt").Description("When the next try is due.").Resolve(c => c.Source.NextAttemptAt);
        Field<InstantGraphType>("abandonedAt").Description("When retries ran out.").Resolve(c => c.Source.AbandonedAt);
        Field<IntGraphType>("lastStatus").Description("The receiver's status on the last try.").Resolve(c => c.Source.LastStatus);
        Field<StringGraphType>("lastError").Description("Why the last try failed.").Resolve(c => c.Source.LastError);
    }
}

/// <summary>What <c>addWebhook</c> takes.</summary>
public sealed record AddWebhookInput(string Url, string? Country = null, string? Publisher = null, string? Language = null);

/// <summary>The input of <c>addWebhook</c>.</summary>
public sealed class AddWebhookInputGraphType : InputObjectGraphType<AddWebhookInput>
{
    public AddWebhookInputGraphType()
    {
        Name = "AddWebhookInput";
        Description = "An endpoint and the filters of revisionRecorded.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The receiver's http or https address (private addresses refused unless Capture:AllowPrivateAddresses).");
        Field<StringGraphType>("country").Description("Only revisions of this subject country.");
        Field<StringGraphType>("publisher").Description("Only revisions of this publisher.");
        Field<StringGraphType>("language").Description("Only revisions in this language.");
    }
}

/// <summary>Webhooks: editors only.</summary>
public static class WebhookFields
{
    public static void AddWebhookQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookGraphType>>>>("webhooks")
            .Description("Every webhook, oldest first, with its deliveries.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c => (await c.Service<WebhookRegistry>().ListAsync(c.CancellationToken)).Select(w => new WebhookView(w, false)).ToList());

    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebhookGraphType>>("addWebhook")
            .Description("Registers an endpoint for recorded revisions; the answer holds its signing secret, which is never shown again.")
            .Argument<NonNullGraphType<AddWebhookInputGraphType>>("input", "The endpoint and filters.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddWebhookInput>("input");
                return new WebhookView(await c.Service<WebhookRegistry>().AddAsync(input.Url, input.Country, input.Publisher, input.Language, c.CancellationToken), true);
            });
        mutation.Field<NonNullGraphType<WebhookGraphType>>("removeWebhook")
            .Description("Stops deliveries to a webhook; its log stays.")
            .Argument<NonNullGraphType<IdGraphType>>("webhook", "The webhook's ID.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c => new WebhookView(
                await c.Service<WebhookRegistry>().RemoveAsync(ResolveContextExtensions.ParseId(c.GetArgument<string>("webhook"), "webhook", "a webhook ID"), c.CancellationToken), false));
    }
}
