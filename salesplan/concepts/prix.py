"""Présenter le prix et négocier : techniques de présentation, concessions, prise de congé.

Definitions only; the floor price is computed by salesplan.marges.prix_plancher
and taught with « Évaluer sa marge » (catalogue STRATEGIE).
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

TECHNIQUES_PRIX: Catalogue[Concept] = Catalogue(
    "technique de présentation du prix",
    (
        Concept(
            "sandwich",
            "Technique du sandwich",
            "Annoncer le prix entre deux avantages : un avantage important, le prix, puis un autre avantage "
            "qui intéresse le client. Le prix n'est ni le premier ni le dernier mot entendu.",
            "« Avec l'intervention garantie sous 8 heures, l'ensemble vous revient à 12 400 € HT, et la "
            "formation de votre équipe est comprise. »",
        ),
        Concept(
            "fractionnement",
            "Fractionnement (division)",
            "Ramener le prix à une unité plus petite et plus parlante pour le client : par mois, par jour, par "
            "utilisateur, par page, par plan imprimé.",
            "« Sur cinq ans, le fauteuil ergonomique revient à environ 30 centimes par jour de travail. »",
        ),
        Concept(
            "comparaison",
            "Comparaison (relativisation)",
            "Mettre le prix en regard d'une grandeur plus importante : le coût du problème que l'offre évite, "
            "le gain qu'elle procure, le prix d'une solution moins adaptée.",
            "« Une journée de panne, c'est un architecte payé à attendre : le contrat coûte moins que deux "
            "journées perdues par an. »",
        ),
        Concept(
            "addition",
            "Addition (récapitulation)",
            "Additionner devant le client tout ce que comprend le prix (produit, livraison, installation, "
            "formation, garantie, maintenance) pour en montrer la valeur, en particulier face à une offre "
            "concurrente moins complète.",
            "« Pour ce prix, vous avez le traceur, la livraison, l'installation, la demi-journée de formation "
            "et un an de garantie sur site. »",
        ),
    ),
)

NOTIONS_PRIX: Catalogue[Concept] = Catalogue(
    "notion de la négociation du prix",
    (
        Concept(
            "concession",
            "Concession",
            "Ce que le vendeur accepte de céder pendant la négociation : remise, délai de paiement, service "
            "offert, délai de livraison raccourci. Elle est prévue avant l'entretien, chiffrée, accordée par "
            "petits paliers décroissants et jamais en dessous du prix plancher.",
            "Le commercial accorde 3 % de remise, puis 1 % de plus en fin de négociation, alors qu'il pouvait "
            "aller jusqu'à 5 %.",
        ),
        Concept(
            "contrepartie",
            "Contrepartie",
            "Ce que le vendeur obtient en échange d'une concession : volume plus important, engagement plus long, "
            "paiement plus rapide, référence client, commande signée aujourd'hui. On ne donne rien sans "
            "recevoir (« si vous…, alors je… »).",
            "« Si vous signez le contrat de maintenance sur trois ans, je peux vous accorder 2 % sur le matériel. »",
        ),
        Concept(
            "point_de_rupture",
            "Point de rupture (savoir s'arrêter)",
            "Moment où le vendeur doit cesser de céder : la demande du client ferait passer le prix sous le "
            "prix plancher ou coûterait plus que l'affaire ne rapporte. Il le dit calmement, propose une "
            "autre solution (offre réduite, autre formule) ou accepte de ne pas conclure.",
            "L'acheteur exige 20 % ; le commercial explique qu'il ne peut pas, propose un modèle moins équipé "
            "au prix demandé et laisse la porte ouverte.",
        ),
        Concept(
            "prise_de_conge",
            "Prise de congé",
            "Dernier temps de l'entretien, que la vente soit conclue ou non : remercier, récapituler ce qui a "
            "été décidé et la suite (livraison, envoi du devis, prochain rendez-vous), rassurer le client sur "
            "son choix, partir sans s'attarder. Elle prépare la relation suivante.",
            "« Merci, Madame Vasseur. Je vous envoie le bon de commande signé ce soir ; notre technicien vous "
            "appellera lundi pour fixer l'installation. »",
        ),
    ),
)

__all__ = ["NOTIONS_PRIX", "TECHNIQUES_PRIX"]
