// A token is a piece of the text with its position: the model's one span type under its reading name.
global using Token = Newsgraph.Core.Model.AnchoredText;
