using CountryRelations.Api.AnswerCaching;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A figure that changed, appeared or disappeared.</summary>
public sealed class FigureChangeGraphType : ObjectGraphType<FigureChange>
{
    public FigureChangeGraphType()
    {
        Name = "FigureChange";
        this.FieldsFollowTheirParent();
        Description = "A figure paired across two texts (\"€6.4 million in 2014\" → \"€8.2 million in 2016\"); `old` is null for an added figure, `new` for a removed one.";
        Field<NonNullGraphType<FigureKindGraphType>>("kind").Description("Amount, percentage or year.").Resolve(c => c.Source.Kind);
        Field<FigureGraphType>("old").Description("The figure in the old text.").Resolve(c => c.Source.Old);
        Field<FigureGraphType>("new").Description("The figure in the new text.").Resolve(c => c.Source.New);
        Field<StringGraphType>("oldSentence").Description("The old sentence holding it.").Resolve(c => c.Source.OldSentence);
        Field<StringGraphType>("newSentence").Description("The new sentence holding it.").Resolve(c => c.Source.NewSentence);
    }
}
